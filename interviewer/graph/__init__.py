"""Outcome trees, merges across interviews and hierarchical value maps (networkx)."""
