/** @jest-environment jsdom */
// A status is a tinted chip with a light in its colour; a count of problems is an outlined chip
// with no light, so "3 varoitusta" never reads as a yellow status (dark theme above all).
import { FluentProvider, webDarkTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import { CountBadge, StatusBadge } from "../../src/taskpane/status-badge";
import { count } from "../../src/taskpane/summary-text";

test("status badges carry a light and a no-break space before their count; count badges carry neither a light nor a status colour", () => {
  const { container } = render(
    <FluentProvider theme={webDarkTheme}>
      <StatusBadge status="yellow" lang="fi" count={3} />
      <CountBadge severity="warning" text={count(3, "warnings", "fi")} />
    </FluentProvider>,
  );
  const [status, warnings] = [...container.querySelectorAll(".fui-Badge")] as HTMLElement[];
  expect(status.textContent).toBe("keltainen\u00a03");
  expect(status.querySelector(".fui-Badge__icon")).not.toBeNull();
  expect(warnings.textContent).toBe("3\u00a0varoitusta");
  expect(warnings.querySelector(".fui-Badge__icon")).toBeNull();
  expect(warnings.className).not.toBe(status.className);
});
