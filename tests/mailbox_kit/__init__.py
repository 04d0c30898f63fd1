"""Plumbing shared by the generated holdout mailboxes (tests/holdout5, tests/holdout6):
MIME rendering, money and date forms, the three containers, the README report and the
validator. Only plumbing lives here: each set's wordings stay in its own gen/.
"""
