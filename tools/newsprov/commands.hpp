#pragma once
// The subcommands of `newsprov`, one file each. args[0] is the subcommand's name.

#include <span>

namespace newsprov_cli {

int check_main(std::span<char*> args);
int diff_main(std::span<char*> args);
int export_main(std::span<char*> args);
int extract_main(std::span<char*> args);

}  // namespace newsprov_cli
