"""The ISO 4217 currency codes, for every reader of an amount written with one.

Business copy writes amounts with the code before the number ("NOK 9.3bn", "CHF 1.2bn"):
the code is then the amount's unit, as in "9.3bn NOK", and no body's name. The figure
lines of the edit form and the drafter's figures and bodies all ask this one list.
"""

from __future__ import annotations

__all__ = ["ISO_CURRENCIES"]

ISO_CURRENCIES = frozenset(
    "AED AFN ALL AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN"
    " BZD CAD CDF CHF CLP CNY CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL"
    " GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR"
    " KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR"
    " MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB"
    " RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SYP SZL THB TJS TMT TND TOP TRY TTD"
    " TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG".split()
)
"""The ISO 4217 codes of the currencies in legal tender (a closed class: Babel's CLDR data
for 2026, written out so drafting never loads Babel's tables), less the Colombian peso and
the Armenian dram, whose codes news copy writes before a number as something else: climate
summits ("COP 28") and the chipmaker ("AMD 7000")."""
