"""grantcheck: audit grant and contract processes for proportionality.

Kept import-light on purpose: ``grantcheck --version`` must not load rich or
textstat, so nothing here imports more than the standard library.
"""

__version__ = "0.1.0"
