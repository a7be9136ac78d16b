"""The currency codes a scheme's ``currency`` may name: ISO 4217's codes for currencies in use
(as of 2025; funds, precious metals and testing codes left out).

A code outside the list is a typo or an invention ('XYZ', 'GPB'), refused with the closest
code, as any other mistyped value is: read silently, it would label every amount wrongly.
"""

from __future__ import annotations

CODES = frozenset(
    """
    AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN
    BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR
    FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD
    JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT
    MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG
    QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB
    TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VED VES VND VUV WST XAF XCD XCG XOF
    XPF YER ZAR ZMW ZWG ZWL
    """.split()
)


def currency_problem(code: str) -> tuple[str, str] | None:
    """(message, hint) for a code that is no currency's, else None."""
    if code in CODES:
        return None
    from grantcheck.errors import closest_rule  # one edit away, and the only code so

    match = closest_rule(code, sorted(CODES))
    said = f"Did you mean {match!r}? " if match else ""
    return (
        f"currency {code!r} is not a known currency code",
        f"{said}Write an ISO 4217 code: GBP for pounds sterling (the default, which the "
        "bands and money limits are in), or another such as EUR or USD",
    )
