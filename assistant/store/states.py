"""The states a draft moves through, shared by drafting (which regenerates only editable
drafts) and review (which moves drafts between them), so neither imports the other."""

STATES = ("draft", "in_review", "approved", "published")
EDITABLE = ("draft", "in_review")
