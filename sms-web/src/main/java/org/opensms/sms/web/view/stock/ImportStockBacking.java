package org.opensms.sms.web.view.stock;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.opensms.sms.shared.BusinessException;
import org.opensms.sms.shared.Surface;
import org.opensms.sms.stock.DeviceType;
import org.opensms.sms.stock.ImportError;
import org.opensms.sms.stock.ImportFormat;
import org.opensms.sms.stock.ImportResult;
import org.opensms.sms.stock.ShipmentParser;
import org.opensms.sms.stock.StockImportRefusedException;
import org.opensms.sms.stock.StockService;
import org.opensms.sms.web.view.shared.FacesMessages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/** The shipment import (/stock/import.xhtml): one file, all or nothing; a refused file's errors fill a table. */
@Named
@ViewScoped
public class ImportStockBacking implements Serializable {

    @Inject
    StockService stock;

    private String type = DeviceType.STB.name();
    private ImportResult result;
    private List<ImportError> errors = List.of();
    private String fileName;

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        fileName = file.getFileName();
        result = null;
        errors = List.of();
        ImportFormat format = ImportFormat.ofFileName(fileName);
        if (format == null) {
            FacesMessages.error(null, fileName + ": choose a .csv or .xlsx file");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            result = stock.importShipment(DeviceType.parse(type), format, in, Surface.CONSOLE);
            FacesMessages.info("Imported " + result.imported() + " " + result.type().label() + "s from " + fileName
                    + " (lots " + String.join(", ", result.lots()) + ")");
        } catch (StockImportRefusedException e) {
            errors = e.errors();
            FacesMessages.error(null, fileName + " was not imported: " + errors.size() + " error(s), listed below");
        } catch (BusinessException e) {
            FacesMessages.show(e, "import", f -> null);
        } catch (IOException e) {
            FacesMessages.error(null, fileName + " could not be read: " + e.getMessage());
        }
    }

    public List<String> getColumns() {
        return ShipmentParser.columns(DeviceType.parse(type));
    }

    /** "vendor, model, serial, lot, warehouse" for the chosen type. */
    public String getColumnNames() {
        return String.join(", ", getColumns());
    }

    public long getMaxBytes() {
        return ShipmentParser.MAX_BYTES;
    }

    public String getType() { return type; }
    public void setType(String v) { type = v; }
    public ImportResult getResult() { return result; }
    public List<ImportError> getErrors() { return errors; }
    public String getFileName() { return fileName; }
}
