"""The parts of one name or one address a web form writes as several inputs (Gravity Forms'
Name and Address fields, Drupal Webform's address, a council's "Address line 1, Address line 2,
Town, Postcode"): one contact detail, as three date inputs are one date (html_controls.py).
"""

from __future__ import annotations

# the parts of one name or one address, written as several inputs in one fieldset (Gravity
# Forms' Name and Address fields, Drupal Webform's address, a council's "Address line 1, Address
# line 2, Town, Postcode"): one contact detail, as three date inputs are one date. Known by the
# HTML autofill token a browser fills each with, or by the part's label.
AUTOFILL = {
    **dict.fromkeys(
        ("honorific-prefix", "given-name", "additional-name", "family-name", "honorific-suffix"),
        "name",
    ),
    **dict.fromkeys(
        ("street-address", "address-line1", "address-line2", "address-line3", "address-level1")
        + ("address-level2", "address-level3", "address-level4", "postal-code", "country")
        + ("country-name",),
        "address",
    ),
}
PARTS = {
    **dict.fromkeys(
        "title, first, first name, forename, forenames, given name, middle, middle name,"
        " initials, last, last name, surname, family name, prefix, suffix".split(", "),
        "name",
    ),
    **dict.fromkeys(
        "address, address 1, address 2, address 3, address line 1, address line 2,"
        " address line 3, street, street address, building, house number, house name, town,"
        " city, town or city, town/city, county, state, region, province, postcode, post code,"
        " postal code, zip, zip code, country, locality, district".split(", "),
        "address",
    ),
}


def autofill_section(attrs: dict[str, str]) -> str:
    """The autofill section an input's ``autocomplete`` puts it in ("section-contact
    given-name": "section-contact"), or ""."""
    token = attrs.get("autocomplete", "").lower().split()
    return token[0] if len(token) > 1 and token[0].startswith("section-") else ""


def part_of(label: str, attrs: dict[str, str]) -> str:
    """Which whole ("name", "address") an input is a part of, or ""."""
    token = attrs.get("autocomplete", "").lower().split()
    if token and token[-1] in AUTOFILL:
        return AUTOFILL[token[-1]]
    bare = " ".join(label.lower().replace("(optional)", " ").strip(" *:").split())
    return PARTS.get(bare, "")
