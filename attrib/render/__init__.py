"""Reporters: each module turns analysis results into one output format."""
