"""Research rigour: inter-coder agreement, survey questionnaires and opportunity scores."""
