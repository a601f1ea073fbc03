"""The Printed data group says how many printed fields were compared: all skipped is grey, never the green of
fields that agreed (issue 22)."""

from desktop.checks.report import SKIP, Report, check
from desktop.ui.results_panel import ResultsPanel
from desktop.ui.style import STATUS_SYMBOL


def test_a_printed_data_group_of_skipped_fields_is_not_green_and_says_none_was_compared(qtbot):
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    skipped = tuple(check(f"viz.{name}", name, SKIP, "viz.not_read", mrz="X") for name in
                    ("surname", "given_names", "document_number", "nationality", "birth_date", "sex", "expiry_date"))
    report = Report("pass", "TD3", ("P<UTO",), {}, skipped, extra={"viz_compared": 0, "viz_fields": 7})
    panel.show_report(report)
    head = panel.topLevelItem(0).text(0)
    assert head.startswith(STATUS_SYMBOL["skip"]) and "0 of 7 printed fields compared" in head
    assert not head.startswith(STATUS_SYMBOL["pass"])
