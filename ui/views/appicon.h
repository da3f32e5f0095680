#pragma once

#include <QIcon>

namespace Qronos {

/// The application icon (a clock face with a Q's tail), painted at the usual sizes so that no image
/// plugin is needed at run time. resources/icons/qronos.svg is the same drawing for desktop menus.
QIcon applicationIcon();

} // namespace Qronos
