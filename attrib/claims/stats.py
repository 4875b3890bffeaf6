"""Per-claimant statistics over the claims (the report's claimants table)."""
from __future__ import annotations

TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Dict, List, Optional, Sequence, Set, Tuple

from ..model import Document
from ..registry import Registry
from .claim import Claim
from .origins import Origins


def claimant_stats(claims: Sequence[Claim], docs: Sequence[Document], registry: Optional[Registry] = None) -> List[dict]:
    """Per claimant: statements, figures, claims, corroborated share, contradictions."""
    origins = Origins(docs, registry)
    stats: Dict[str, dict] = {}
    for d in docs:
        for s in d.statements:
            if s.claimant:
                stats.setdefault(s.claimant, _blank(s.claimant, origins))["statements"] += 1
    for c in claims:
        for cid in c.claimants:
            st = stats.setdefault(cid, _blank(cid, origins))
            st["figures"] += sum(1 for m in c.members if m.claimant == cid)
            st["claims"] += 1
            st["corroborated"] += c.verdict == "corroborated"
            st["contradicted"] += bool(c.contradicted_by)
    forms: Dict[str, Set[Tuple[str, str, int]]] = {}
    for d in docs:
        for cl in d.claimants:
            for sp in (cl.mentions[:1] or [None]):
                line = d.line_col(sp.start)[0] if sp is not None else 0
                forms.setdefault(cl.id, set()).add((sp.text if sp is not None else cl.name, d.path, line))
    out = []
    for cid in sorted(stats):
        st = stats[cid]
        # the surface forms of the body, and where each was found (rule origin-same-body)
        st["same_body_as"] = sorted(origins.body_of(cid) - {cid})
        st["forms"] = [{"text": t, "path": p, "line": ln}
                       for t, p, ln in sorted(f for x in [cid, *st["same_body_as"]] for f in forms.get(x, ()))]
        st["corroboration_rate"] = round(st["corroborated"] / st["claims"], 3) if st["claims"] else None
        out.append(st)
    return out


def _blank(cid: str, origins: Origins) -> dict:
    return {"id": cid, "name": origins.name(cid), "reliability": origins.reliability(cid), "side": origins.side(cid),
            "statements": 0, "figures": 0, "claims": 0, "corroborated": 0, "contradicted": 0}
