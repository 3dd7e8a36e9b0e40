"""Root pytest configuration.

Kernels started by the tests (nbval, papermill) have no live front end, so
interactive widgets render their static note and stored outputs compare.
"""

import os

os.environ.setdefault("KARABAKH_NB_STATIC", "1")
