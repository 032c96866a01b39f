#pragma once

class QAbstractSpinBox;

namespace fc {

// A date or time edit that shows its special value ("Not given") keeps Tab for its sections
// and never lets go: a keyboard trap. After this call Tab and Shift+Tab leave it as they leave
// any other field.
void releaseTabFromSpecialValue(QAbstractSpinBox *box);

} // namespace fc
