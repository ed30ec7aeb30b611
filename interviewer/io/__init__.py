"""Reading and writing files: question banks, session files, transcripts (atomic writes)."""
