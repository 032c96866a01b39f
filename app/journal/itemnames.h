#pragma once

#include <QString>
#include <QStringList>

// How a typed or imported name meets a treatment or symptom the journal knows: "Low dose
// naltrexone", "low-dose naltrexone", "LDN" and the key low-dose-naltrexone all name
// "Low-dose naltrexone (LDN)". Used by the importers and by the treatment box of the trial
// dialog, so both find the same items.
namespace fc::itemnames {

// Lowercase letters and digits only, accents dropped: "Low-dose naltrexone" -> "lowdosenaltrexone".
QString comparable(const QString &name);

// The comparable forms of an item: its name, its key, and for a name ending in brackets the
// name without them and what they hold (an abbreviation or a brand name).
QStringList formsOf(const QString &key, const QString &name);

// The words of a name in a fixed order, so that order, punctuation and the ways a product is
// written do not matter: a stereo prefix (L-, D-, DL-) and a drug's salt (hydrochloride, HCl,
// maleate, ...) are left out, common abbreviations (vit, mag) spelled out. "Magnesium,
// threonate", "Threonate magnesium" and "Magnesium L-threonate" all give "magnesium threonate";
// "Duloxetine HCl" gives "duloxetine". Empty when nothing is left.
QString wordsOf(const QString &name);

// The item is what typed names, in any of its forms, or in the same words (wordsOf).
bool names(const QString &typed, const QString &key, const QString &name);

// For a search box: every word typed is part of the item's name, key or bracketed name, ignoring
// case, accents and punctuation ("naltrexone", "LDN", "low dose n").
bool matchesSearch(const QString &typed, const QString &key, const QString &name);

} // namespace fc::itemnames
