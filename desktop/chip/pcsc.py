"""PC/SC readers through pyscard: pcscd on Linux and macOS, the Smart Card service on Windows.

Every failure of the reader or the card becomes a CardGone or ChipError with words, never a pyscard
exception: the window must keep working when a card is pulled out mid-read.
"""

from __future__ import annotations

from desktop.chip.errors import CardGone, ChipError


def _pyscard():
    try:
        from smartcard import System
        from smartcard.Exceptions import CardConnectionException, NoCardException
        from smartcard.scard import SCARD_PROTOCOL_T0, SCARD_PROTOCOL_T1  # noqa: F401
    except ImportError:
        raise ChipError("chip reading is not installed (the pyscard package)") from None
    return System, CardConnectionException, NoCardException


def readers() -> list[str]:
    """The names of the PC/SC readers present (empty when there is none or no PC/SC service)."""
    try:
        System, _, _ = _pyscard()
        return [str(r) for r in System.readers()]
    except ChipError:
        return []
    except Exception:  # no service running: pyscard raises its own errors
        return []


class Reader:
    """A connection to the card in one reader."""

    def __init__(self, name: str | None = None):
        System, self._connection_error, no_card = _pyscard()
        try:
            found = System.readers()
        except Exception as exc:
            raise ChipError(f"no smart card service is running ({exc}): on Linux start pcscd") from None
        if not found:
            raise ChipError("no chip reader is connected")
        chosen = [r for r in found if name is None or str(r) == name or name in str(r)]
        if not chosen:
            raise ChipError(f"no reader named {name!r} (present: {', '.join(str(r) for r in found)})")
        self.name = str(chosen[0])
        last = None
        for reader in chosen:
            connection = None
            try:
                connection = reader.createConnection()
                connection.connect()
            except Exception as exc:  # NoCardException and friends: try the next reader
                last = exc
                if connection is not None:
                    _release(connection)
                continue
            self.name, self.connection = str(reader), connection
            return
        raise ChipError(f"no card is on the reader {self.name}: place the passport's data page on it "
                        f"({last.__class__.__name__ if last else 'none'})")

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        try:
            data, sw1, sw2 = self.connection.transmit(list(apdu))
        except Exception as exc:
            raise CardGone(f"the card was removed or the reader stopped answering ({exc.__class__.__name__}): "
                           "place the document on the reader again and re-read") from None
        return bytes(data), (sw1 << 8) | sw2

    def close(self) -> None:
        _release(self.connection)


def card_present(name: str | None = None) -> str | None:
    """The name of a reader holding a card, or None (used by the window to read the chip automatically)."""
    try:
        System, _, _ = _pyscard()
        for reader in System.readers():
            if name and name not in str(reader):
                continue
            try:
                connection = reader.createConnection()
                try:
                    connection.connect()
                    return str(reader)
                finally:
                    _release(connection)
            except Exception:
                continue
    except Exception:
        return None
    return None


def _release(connection) -> None:
    """Disconnect and release the PC/SC context now: left to the garbage collector, pyscard releases it
    whenever, and complains if the service has gone by then."""
    for step in ("disconnect", "release"):
        try:
            getattr(connection, step, lambda: None)()
        except Exception:
            pass
