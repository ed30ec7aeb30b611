"""Writers for every export format, each writing to a text or bytes handle."""
