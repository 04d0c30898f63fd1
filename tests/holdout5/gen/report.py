"""README.md written from the generated messages."""
from collections import Counter, defaultdict


def readme(msgs, exp, dup):
    return "README placeholder\n"
