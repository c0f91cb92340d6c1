"""Offline helpers that regenerate data files (never imported at run time)."""
