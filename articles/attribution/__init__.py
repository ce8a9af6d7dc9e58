"""The attribution engine: attributed statements found in English news text.

``extract(text)`` returns ``Statement``s (text, offsets, speaker, via, cue, whether
a direct quote); ``match_source`` ties a speaker to a known source. Pure Python:
no Django, no model, nothing downloaded.
"""

from articles.attribution.engine import Statement, extract, fold
from articles.attribution.matching import Candidate, match_source

__all__ = ["Candidate", "Statement", "extract", "fold", "match_source"]
