"""The one error the generator raises: a failed check, with what failed in words."""


class CheckError(Exception):
    """A generated output (or an input) breaks one of the generator's rules."""


def fail(message):
    raise CheckError(message)
