"""The MRZ rules: each module holds small functions `rule(doc) -> list[Check]`, registered in desktop.checks."""
