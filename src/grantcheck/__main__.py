"""Allow ``python -m grantcheck``."""

from grantcheck.cli import main

main()
