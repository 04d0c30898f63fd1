"""Generator of the second holdout mailbox: one module per family of messages.

Each family module exposes `build(ctx)` returning a list of `Msg` (see common.py).
Everything is deterministic: no clock, no randomness without a fixed seed, no network.
"""
