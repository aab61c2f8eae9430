from __future__ import annotations

import pickle

import pytest

import claimgraph

PUBLIC_API = [
    "Analysis", "Article", "ClaimgraphError", "ConfigError", "InputError", "Settings", "Store", "StoreError",
    "__version__", "analyze", "analyze_article",
]


def test_public_api_is_pinned() -> None:
    assert sorted(claimgraph.__all__) == sorted(PUBLIC_API)
    for name in PUBLIC_API:
        assert hasattr(claimgraph, name), name


@pytest.mark.slow
def test_public_api_analyze_returns_the_contract_dict_and_pickles() -> None:
    text = (
        "Talks resume in Geneva\n\n"
        "GENEVA, March 4, 2021 (Reuters) - German Chancellor Angela Merkel said on Thursday that talks "
        "would resume next week. Merkel spoke after meeting envoys from Armenia and Azerbaijan."
    )
    result = claimgraph.analyze(text)
    assert result["article"]["published"] == "2021-03-04"
    assert result["article"]["published_source"] == "dateline"
    assert result["article"]["title"] == "Talks resume in Geneva"
    names = {actor["name"] for actor in result["actors"]}
    assert "Angela Merkel" in names and "Merkel" not in names
    assert pickle.loads(pickle.dumps(result)) == result
