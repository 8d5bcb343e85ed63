// A new password typed twice, as the invite, the reset link and "Byt lösenord" ask for it (with the username for password managers).
import { TextField } from "~/components/form";
import { useT } from "~/i18n";

export function NewPasswordFields({
  email,
  minLength,
  errors,
  labels,
}: {
  email: string;
  minLength: number;
  errors: Partial<Record<"password" | "confirm", string>>;
  labels: { password: string; confirm: string };
}) {
  const t = useT();
  return (
    <>
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        name="password"
        type="password"
        label={labels.password}
        hint={t("password.hint", { min: minLength })}
        autoComplete="new-password"
        required
        minLength={minLength}
        error={errors.password}
      />
      <TextField name="confirm" type="password" label={labels.confirm} autoComplete="new-password" required error={errors.confirm} />
    </>
  );
}
