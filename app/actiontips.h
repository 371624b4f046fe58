#pragma once
// Every action says what it does both in the status bar and in its
// tooltip: where only one was written, the other repeats it (the tooltip
// with the shortcut, the status tip without). Tool buttons read the
// action's text without its mnemonic and ellipsis, in every language.

class QWidget;

namespace Portolan {

// For the actions that are children of `window` now.
void explainActions(const QWidget *window);

} // namespace Portolan
