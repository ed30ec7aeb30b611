"""The spaCy outcome analysis pipeline: segmentation, typing, polarity, stative phrasing."""
