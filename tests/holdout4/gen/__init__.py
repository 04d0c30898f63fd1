"""Generator of the holdout4 mailbox: synthetic Amazon credit mail in new wordings and encodings."""
