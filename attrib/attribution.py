"""Attribute figures to claimants (stage 4). Placeholder until the engine lands."""


def attribute(doc, registry):
    return doc
