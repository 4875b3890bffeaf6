"""Find figures (stage 3). Placeholder until the engine lands."""


def find_figures(doc):
    return []
