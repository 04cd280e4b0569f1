"""Entity labels and the mapping of each training corpus's tags onto them."""

from __future__ import annotations

PER, ORG, LOC, FAC, EVE, PRO = "PER", "ORG", "LOC", "FAC", "EVE", "PRO"
DAT, TIM, MON, PCT = "DAT", "TIM", "MON", "PCT"
LABELS = (PER, ORG, LOC, FAC, EVE, PRO, DAT, TIM, MON, PCT)

OUTSIDE = "O"

# ARMAN (Poostchi et al.) tags -> ours.  ARMAN files ORG also for nationalities and teams.
ARMAN_TYPES = {"pers": PER, "org": ORG, "loc": LOC, "fac": FAC, "pro": PRO, "event": EVE}

# ParsTwiNER tags -> ours.  POG (political groups) are organisations to us; NAT
# (nationality) has no label here and becomes O.
PARSTWINER_TYPES = {"PER": PER, "ORG": ORG, "LOC": LOC, "EVE": EVE, "POG": ORG}
