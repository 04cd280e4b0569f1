"""Country names for the API (``GET /api/countries``, ``country_en`` labels); they live in
``rayzan.countries`` so that the CLI's filters read the same table without loading the API."""

from rayzan.countries import country_name_en, country_names

__all__ = ["country_name_en", "country_names"]
