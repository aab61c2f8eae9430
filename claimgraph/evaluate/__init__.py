"""Evaluation against gold data: span scorers (``scoring``) and gold-set readers (``meantime``)."""
