"""frontline: knowledge graphs of attributed statements from conflict reporting."""

__version__ = "0.1.0"
