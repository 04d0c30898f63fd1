#!/usr/bin/env python3
"""Check the holdout5 mailbox without trusting its generator: tests/mailbox_kit/validate.py
on this folder (what it checks is written there).

  python3 tests/holdout5/validate.py [-v]
"""
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from mailbox_kit import validate  # noqa: E402

if __name__ == "__main__":
    sys.exit(validate.run(HERE))
