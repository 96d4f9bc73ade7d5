package nl.jbr.integriteit.uitvoer;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * FreeMarker, configured once: templates from the jobs location ({@code jbr.jobs}), {@code .ftlh}
 * files auto-escaped as HTML, Dutch locale, errors thrown (never rendered into a page), no
 * locale-dependent surprises in numbers passed as strings.
 */
public final class Templates {

    private final Configuration configuration;

    public Templates(String jobsLocation) {
        this(new DefaultResourceLoader(), jobsLocation);
    }

    public Templates(ResourceLoader loader, String jobsLocation) {
        String base = jobsLocation.endsWith("/") ? jobsLocation : jobsLocation + "/";
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setTemplateLoader(new ResourceTemplateLoader(loader, base));
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setLocale(Locale.forLanguageTag("nl-NL"));
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setNumberFormat("computer");
    }

    /** Renders {@code name} (relative to the jobs location, e.g. {@code feedback/templates/feedback.ftlh}). */
    public String render(String name, Map<String, ?> model) {
        StringWriter out = new StringWriter();
        render(name, model, out);
        return out.toString();
    }

    /** Renders {@code name} into {@code out} (a page of a hundred thousand rows need not be one string first). */
    public void render(String name, Map<String, ?> model, java.io.Writer out) {
        try {
            Template template = configuration.getTemplate(name);
            template.process(model, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render template " + name, e);
        } catch (TemplateException e) {
            throw new IllegalStateException("template " + name + " failed: " + e.getMessage(), e);
        }
    }

    /** Loads templates through Spring resources, so classpath and file locations both work. */
    private record ResourceTemplateLoader(ResourceLoader loader, String base) implements TemplateLoader {

        @Override
        public Object findTemplateSource(String name) {
            Resource resource = loader.getResource(base + name);
            return resource.exists() ? resource : null;
        }

        @Override
        public long getLastModified(Object source) {
            return -1;
        }

        @Override
        public java.io.Reader getReader(Object source, String encoding) throws IOException {
            return new java.io.InputStreamReader(((Resource) source).getInputStream(), encoding);
        }

        @Override
        public void closeTemplateSource(Object source) {
            // Readers are closed by FreeMarker.
        }
    }
}
