"""Generator of the third holdout mailbox (synthetic Amazon credit mail and look-alikes).

Python 3 standard library only, deterministic, no network. `make.py` drives it.
"""
