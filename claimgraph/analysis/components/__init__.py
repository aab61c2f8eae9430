"""The analysis components. The one list of them, in order, is ``claimgraph.analysis.registry``."""
