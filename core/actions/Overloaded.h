// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace kontor {

/// std::visit over a DomainEvent with one lambda per kind: `std::visit(Overloaded{[](const A&) {...}, ...}, event)`.
template <typename... Handlers>
struct Overloaded : Handlers...
{
    using Handlers::operator()...;
};
template <typename... Handlers>
Overloaded(Handlers...) -> Overloaded<Handlers...>;

} // namespace kontor
