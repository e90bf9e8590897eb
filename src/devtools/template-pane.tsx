// For the bundle-size comparison only: a pane like the Office React template's (a header with a
// logo and title, a short list, a text field and a button) built with the same React and Fluent
// UI versions as Sopimus. Never shipped.
import { Button, Field, FluentProvider, Image, Text, Textarea, Title1, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { useState } from "react";
import { createRoot } from "react-dom/client";

const useStyles = makeStyles({
  root: { minHeight: "100vh", padding: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

function App() {
  const styles = useStyles();
  const [text, setText] = useState("Some text.");
  return (
    <FluentProvider theme={webLightTheme} className={styles.root}>
      <Image width="90" height="90" src="assets/icon-80.png" alt="Contoso" />
      <Title1>Welcome</Title1>
      <ul>
        {["Achieve more with Office integration", "Unlock features and functionality", "Create and visualize like a pro"].map((item) => (
          <li key={item}>
            <Text>{item}</Text>
          </li>
        ))}
      </ul>
      <Field label="Enter text to be inserted into the document." size="large">
        <Textarea value={text} onChange={(_, d) => setText(d.value)} />
      </Field>
      <Button appearance="primary" size="large" onClick={() => undefined}>
        Insert text
      </Button>
    </FluentProvider>
  );
}

createRoot(document.getElementById("container") as HTMLElement).render(<App />);
