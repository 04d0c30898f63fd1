"""Families of messages; each module's messages() returns its Msg list."""

from . import norush

ALL = [norush]
