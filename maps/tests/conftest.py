"""Shared fixtures: the package on the path, and one real generation for the whole session."""

import copy
import os
import sys

import pytest

MAPS_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if MAPS_DIR not in sys.path:
    sys.path.insert(0, MAPS_DIR)

from atlasgen import generate  # noqa: E402 (needs the path above)


@pytest.fixture(scope="session")
def inputs():
    """(districts-source.json, features.json) as loaded; tests must not modify them."""
    return generate.load_json(generate.SOURCE_PATH), generate.load_json(generate.FEATURES_PATH)


@pytest.fixture(scope="session")
def real(inputs):
    """One whole generation from the committed inputs (about ten seconds)."""
    source, feats = inputs
    return generate.build(copy.deepcopy(source), copy.deepcopy(feats))
