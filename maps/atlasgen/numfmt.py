"""Number formatting, explicit so that output bytes never depend on repr()."""


def fmt(value, digits):
    text = "%.*f" % (digits, value)
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text


def fpx(value):
    """SVG user units: 2 decimals (0.01 px)."""
    return fmt(value, 2)
