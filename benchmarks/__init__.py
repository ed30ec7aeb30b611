"""Speed and memory measurements (run by hand; figures go into the README)."""
