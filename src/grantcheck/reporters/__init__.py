"""Reporters: one module per format, each a pure function from a Report to a string."""
