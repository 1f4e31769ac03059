"""A number written with "+" and a country code is a phone, whatever word announces it.

"number", "no." and "#" also announce order and invoice numbers, so a bare run of digits
after them stays in the text; but no identifier is written with "+" and a country code that
the country's numbering plan holds as a valid number."""

from __future__ import annotations

import pytest

from assistant.summarize.redact import Redactor
from assistant.summarize.redact.contacts import contact_spans


@pytest.mark.parametrize("text, phone", [
    ("Her number: +373 298 2 41 17, after six.", "+373 298 2 41 17"),
    ("Contact number +49 30 901820 for the keys.", "+49 30 901820"),
])
def test_an_international_number_after_number_is_a_phone(text, phone):
    sent = Redactor([]).redact(text)
    assert phone not in sent and "[PHONE1]" in sent, sent


def test_an_order_number_without_a_country_code_stays():
    text = "Order number 4471 2209 ships on Friday."
    assert not contact_spans(text)
    assert Redactor([]).redact(text) == text
