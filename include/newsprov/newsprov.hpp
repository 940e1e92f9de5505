#pragma once
// Umbrella header: everything newsprov offers. Each feature also has its own
// header below include/newsprov/ for translation units that need only part.

#include <newsprov/version.hpp>
#include <newsprov/core/error.hpp>
