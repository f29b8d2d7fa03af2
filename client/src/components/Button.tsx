import type { ButtonHTMLAttributes, MouseEvent } from "react";

type Variant = "primary" | "secondary" | "danger" | "quiet";

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  /**
   * Shows the action as running and blocks a double submit. The button stays focusable while busy (aria-disabled,
   * not disabled): a disabled button drops the keyboard's focus to the page's body, and the user must start over.
   */
  busy?: boolean;
  /**
   * Like `disabled`, but the button keeps the keyboard's focus (aria-disabled, clicks ignored): for a button its own
   * click makes unavailable ("Spara roll" once the role is saved), which `disabled` would knock focus off.
   */
  unavailable?: boolean;
}

export function Button({
  variant = "secondary",
  busy = false,
  unavailable = false,
  type = "button",
  className,
  disabled,
  children,
  onClick,
  ...rest
}: ButtonProps) {
  const click = (e: MouseEvent<HTMLButtonElement>) => {
    // A click (or a form's Enter, which clicks its submit button) while busy does nothing.
    if (busy || unavailable) {
      e.preventDefault();
      return;
    }
    onClick?.(e);
  };
  return (
    <button
      {...rest}
      type={type}
      className={["btn", `btn-${variant}`, className].filter(Boolean).join(" ")}
      disabled={disabled}
      aria-disabled={busy || unavailable || undefined}
      aria-busy={busy || undefined}
      onClick={click}
    >
      {children}
    </button>
  );
}
